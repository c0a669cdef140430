<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="72"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="73"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="74"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="75"/>
        <source>Import a &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="76"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="79"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="80"/>
        <source>&amp;Labels…</source>
        <translation>&amp;Метки…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="81"/>
        <source>&amp;Find article</source>
        <translation>&amp;Найти статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="83"/>
        <source>Next &amp;hit in the article</source>
        <translation>Следующее &amp;совпадение в статье</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="84"/>
        <source>Previous hit in the article</source>
        <translation>Предыдущее совпадение в статье</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="85"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="86"/>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Следующая подсказка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="87"/>
        <source>&amp;Previous suggestion</source>
        <translation>&amp;Предыдущая подсказка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="88"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="89"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="90"/>
        <source>&amp;Delete span</source>
        <translation>&amp;Удалить сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="91"/>
        <source>Grow at the start</source>
        <translation>Расширить в начале</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="92"/>
        <source>Grow at the end</source>
        <translation>Расширить в конце</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="93"/>
        <source>Shrink at the start</source>
        <translation>Сузить в начале</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="94"/>
        <source>Shrink at the end</source>
        <translation>Сузить в конце</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="95"/>
        <source>Accept &amp;all suggestions</source>
        <translation>Принять &amp;все подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="96"/>
        <source>Span &amp;menu</source>
        <translation>&amp;Меню сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="97"/>
        <source>&amp;Done, next article</source>
        <translation>&amp;Готово, следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="98"/>
        <source>&amp;Skip article</source>
        <translation>П&amp;ропустить статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="99"/>
        <source>&amp;Reopen article</source>
        <translation>Вернуть статью в &amp;работу</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="100"/>
        <source>Ne&amp;xt article</source>
        <translation>С&amp;ледующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="101"/>
        <source>Pre&amp;vious article</source>
        <translation>Пре&amp;дыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="102"/>
        <source>Suggest entities in this article</source>
        <translation>Подсказать сущности в этой статье</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="103"/>
        <source>Suggest entities in new articles</source>
        <translation>Подсказать сущности в новых статьях</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="104"/>
        <source>S&amp;top suggesting</source>
        <translation>&amp;Остановить подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="105"/>
        <source>Show &amp;rejected</source>
        <translation>Показывать &amp;отклонённые</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="106"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Сводка…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="107"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиатурные сокращения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="108"/>
        <source>&amp;About Razmetka</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="115"/>
        <source>Next &amp;disputed article</source>
        <translation>Следующая &amp;спорная статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="116"/>
        <source>Take the &amp;first analyst&apos;s span</source>
        <translation>Взять фрагмент &amp;первого аналитика</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="117"/>
        <source>Take the &amp;second analyst&apos;s span</source>
        <translation>Взять фрагмент &amp;второго аналитика</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="118"/>
        <source>&amp;Edit the difference</source>
        <translation>&amp;Править расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="119"/>
        <source>&amp;Next difference</source>
        <translation>С&amp;ледующее расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="120"/>
        <source>&amp;Previous difference</source>
        <translation>П&amp;редыдущее расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="121"/>
        <source>&amp;Finish adjudication</source>
        <translation>&amp;Завершить разбор</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="122"/>
        <source>&amp;Agreement between analysts…</source>
        <translation>&amp;Согласие аналитиков…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="152"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="153"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="169"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="172"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="175"/>
        <source>&amp;Span</source>
        <translation>&amp;Сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="177"/>
        <source>&amp;Label</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="180"/>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="185"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="186"/>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="196"/>
        <source>Decide the same &amp;everywhere…</source>
        <translation>Решить так же &amp;везде…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="197"/>
        <source>Edit the &amp;normal form…</source>
        <translation>&amp;Нормальная форма…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="198"/>
        <source>&amp;Check consistency</source>
        <translation>&amp;Проверить согласованность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="199"/>
        <source>&amp;Fix the finding</source>
        <translation>&amp;Исправить находку</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="206"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="223"/>
        <source>Create from exact characters</source>
        <translation>Создать точно по символам</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="266"/>
        <source>Create span</source>
        <translation>Создать сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="273"/>
        <source>Change label</source>
        <translation>Сменить метку</translation>
    </message>
</context>
<context>
    <name>Adjudication</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="101"/>
        <source>Disputed: %1 and %2 differ in %n place(s).</source>
        <translation>
            <numerusform>Спорная статья: %1 и %2 расходятся в %n месте.</numerusform>
            <numerusform>Спорная статья: %1 и %2 расходятся в %n местах.</numerusform>
            <numerusform>Спорная статья: %1 и %2 расходятся в %n местах.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="149"/>
        <source>This article is not disputed</source>
        <translation>Эта статья не спорная</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="160"/>
        <source>Difference %1 of %2</source>
        <translation>Расхождение %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="182"/>
        <source>Take %1&apos;s version: no span</source>
        <translation>Взять версию %1: без фрагмента</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="188"/>
        <source>Take %1&apos;s span</source>
        <translation>Взять фрагмент %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="229"/>
        <source>Edit here with the usual keys: a label&apos;s key, Alt+arrows, X, Del</source>
        <translation>Правьте здесь обычными клавишами: клавиша метки, Alt+стрелки, X, Del</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="241"/>
        <source>Finish adjudication</source>
        <translation>Завершить разбор</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="259"/>
        <source>No other disputed article</source>
        <translation>Других спорных статей нет</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/adjudication_panel.py" line="70"/>
        <source>Taken</source>
        <comment>the version the curated result holds</comment>
        <translation>Взято</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="36"/>
        <source>Agreement between analysts</source>
        <translation>Согласие аналитиков</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="56"/>
        <source>No article is finished by two analysts yet: nothing to compare.</source>
        <translation>Ни одну статью ещё не завершили два аналитика: сравнивать нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="62"/>
        <source>%1 and %2: %3 articles compared, %4 tokens</source>
        <translation>%1 и %2: статей сравнено: %3, токенов: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="70"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="71"/>
        <source>Strict F1</source>
        <translation>Строгая F1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="72"/>
        <source>Partial F1</source>
        <translation>Частичная F1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="73"/>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="74"/>
        <source>Spans of %1</source>
        <translation>Фрагменты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="84"/>
        <source>overall</source>
        <translation>всего</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="90"/>
        <source>Cohen&apos;s kappa over tokens: %1</source>
        <translation>Каппа Коэна по токенам: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/agreement.py" line="98"/>
        <source>Token labels: %1 down, %2 across</source>
        <translation>Метки токенов: %1 по строкам, %2 по столбцам</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/analyst_name.py" line="24"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/analyst_name.py" line="27"/>
        <source>Every decision you make records who made it, so that a team can compare and merge its work. What name should it record?</source>
        <translation>Каждое ваше решение запоминает, кто его принял, чтобы команда могла сравнивать и объединять свою работу. Какое имя записывать?</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/analyst_name.py" line="35"/>
        <source>e.g. anna</source>
        <translation>например, anna</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/analyst_name.py" line="51"/>
        <source>A name is one line, without commas, up to 64 characters.</source>
        <translation>Имя — одна строка без запятых, не длиннее 64 символов.</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="105"/>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="122"/>
        <source>Nothing to change</source>
        <translation>Менять нечего</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="165"/>
        <source>«%1» would overlap the accepted %2 «%3»: shrink or reject that one first</source>
        <translation>«%1» пересекается с принятой сущностью %2 «%3»: сначала сократите или отклоните её</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="259"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="270"/>
        <source>No span is selected</source>
        <translation>Сущность не выбрана</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="281"/>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="290"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="283"/>
        <source>Label %1 as %2</source>
        <translation>Сменить метку %1 на %2</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="294"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="298"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="361"/>
        <source>The selection holds no text</source>
        <translation>В выделении нет текста</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="366"/>
        <source>Create %1 «%2»</source>
        <translation>Создать %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="409"/>
        <source>The span cannot change that way</source>
        <translation>Так изменить сущность нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="416"/>
        <source>Resize %1 to «%2»</source>
        <translation>Границы %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="428"/>
        <source>Accept all suggestions</source>
        <translation>Принять все подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="457"/>
        <source>Mark done: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="465"/>
        <source>Every article is done</source>
        <translation>Все статьи готовы</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="479"/>
        <source>Accept all and mark done: %1</source>
        <translation>Принять все и отметить готовой: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="481"/>
        <source>Reject all and mark done: %1</source>
        <translation>Отклонить все и отметить готовой: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="490"/>
        <source>Skip: %1</source>
        <translation>Пропустить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="497"/>
        <source>Reopen: %1</source>
        <translation>Вернуть в работу: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/razmetka/ui/app.py" line="178"/>
        <source>Something went wrong: %1

Your decisions are saved. The details are in %2.</source>
        <translation>Что-то пошло не так: %1

Ваши решения сохранены. Подробности — в %2.</translation>
    </message>
</context>
<context>
    <name>ArticleCaptions</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/captions.py" line="28"/>
        <source>No article</source>
        <translation>Нет статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/captions.py" line="30"/>
        <source>File ▸ Import files… (Ctrl+I) adds articles to this database.</source>
        <translation>Файл ▸ Импорт файлов… (Ctrl+I) добавляет статьи в эту базу.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/captions.py" line="54"/>
        <source>%1 pending · %2 accepted · %3 rejected</source>
        <translation>ожидают: %1 · принято: %2 · отклонено: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/captions.py" line="60"/>
        <source>Spans (%1)</source>
        <translation>Сущности (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/captions.py" line="64"/>
        <source>Done %1 of %2</source>
        <translation>Готово %1 из %2</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="303"/>
        <source>Not suggested yet: natasha has not been over this article</source>
        <translation>Подсказок ещё нет: natasha ещё не просмотрела эту статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="313"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="314"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="315"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="316"/>
        <source>Pending</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="317"/>
        <source>Accepted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="321"/>
        <source>Pending suggestions</source>
        <translation>Ожидают решения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="321"/>
        <source>Accepted spans</source>
        <translation>Принятые сущности</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="112"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="68"/>
        <source>Search titles and text…</source>
        <translation>Поиск по заголовкам и тексту…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="71"/>
        <source>Words of the title or text (the last may be unfinished); LABEL:name for articles with that entity; date:2026-01 or date:2026-01-01..2026-01-31. Enter opens the selected result.</source>
        <translation>Слова заголовка или текста (последнее можно не дописывать); МЕТКА:имя — статьи с такой сущностью; date:2026-01 или date:2026-01-01..2026-01-31. Enter открывает выбранный результат.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="116"/>
        <source>Disputed</source>
        <translation>Спорные</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="119"/>
        <source>Pending</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="121"/>
        <source>Only articles with suggestions still to decide</source>
        <translation>Только статьи с нерешёнными подсказками</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="173"/>
        <source>All labels</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="183"/>
        <source>Done: %1 of %2</source>
        <translation>Готово: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="82"/>
        <source>Suggesting</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="125"/>
        <source>Updating suggestions</source>
        <translation>Подсказки обновляются</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/background.py" line="133"/>
        <source>Suggestions updated from your decisions in %n article(s)</source>
        <translation>
            <numerusform>Подсказки обновлены по вашим решениям в %n статье</numerusform>
            <numerusform>Подсказки обновлены по вашим решениям в %n статьях</numerusform>
            <numerusform>Подсказки обновлены по вашим решениям в %n статьях</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="149"/>
        <source>Stopping suggestions…</source>
        <translation>Подсказки останавливаются…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="163"/>
        <source>Suggestions: %1 new in %2</source>
        <translation>Подсказки: %1 новых в %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/background.py" line="165"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статье</numerusform>
            <numerusform>%n статьях</numerusform>
            <numerusform>%n статьях</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="168"/>
        <source>(cancelled)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="179"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="181"/>
        <source>Articles and annotations</source>
        <translation>Статьи и разметка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="190"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="197"/>
        <source>Not saved: the file is read-only</source>
        <translation>Не сохранено: файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="201"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="225"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="235"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/check_panel.py" line="27"/>
        <source>Consistency check</source>
        <translation>Проверка согласованности</translation>
    </message>
</context>
<context>
    <name>Checking</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/checking.py" line="81"/>
        <source>%n finding(s): Enter opens one, Ctrl+Shift+F fixes it</source>
        <translation>
            <numerusform>%n находка: Enter открывает, Ctrl+Shift+F исправляет</numerusform>
            <numerusform>%n находки: Enter открывает, Ctrl+Shift+F исправляет</numerusform>
            <numerusform>%n находок: Enter открывает, Ctrl+Shift+F исправляет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/checking.py" line="85"/>
        <source>No finding: the annotations agree</source>
        <translation>Находок нет: разметка согласована</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/checking.py" line="118"/>
        <source>Choose a finding in the check panel first (F7)</source>
        <translation>Сначала выберите находку в панели проверки (F7)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/checking.py" line="121"/>
        <source>No fix is defined for different bounds: resize the span</source>
        <translation>Для разных границ исправления нет: измените границы сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/checking.py" line="133"/>
        <source>Fix: %1</source>
        <translation>Исправить: %1</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="65"/>
        <source>Dashboard: the team&apos;s progress</source>
        <translation>Сводка: как идёт работа команды</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="88"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="100"/>
        <source>Articles done per day</source>
        <translation>Статьи, завершённые по дням</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="101"/>
        <source>Entities per label</source>
        <translation>Сущности по меткам</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="102"/>
        <source>What became of the suggestions</source>
        <translation>Что стало с подсказками</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="103"/>
        <source>Time spent per article</source>
        <translation>Время на статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="104"/>
        <source>Agreement per label (strict span F1)</source>
        <translation>Согласие по меткам (строгая F1 по сущностям)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="105"/>
        <source>Nothing yet</source>
        <translation>Пока ничего нет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="106"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="107"/>
        <source>articles</source>
        <translation>статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="108"/>
        <source>accepted spans</source>
        <translation>принятые сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="109"/>
        <source>suggestions</source>
        <translation>подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="110"/>
        <source>minutes per article (pauses over 5 min cut)</source>
        <translation>минут на статью (паузы дольше 5 мин не считаются)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="111"/>
        <source>strict F1</source>
        <translation>строгая F1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="112"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="113"/>
        <source>accepted</source>
        <translation>приняты</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="114"/>
        <source>corrected</source>
        <translation>исправлены</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="115"/>
        <source>rejected</source>
        <translation>отклонены</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="116"/>
        <source>pending</source>
        <translation>ожидают</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="117"/>
        <source>agreement needs two analysts&apos; versions</source>
        <translation>для согласия нужны версии двух аналитиков</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="118"/>
        <source>{n} art.</source>
        <translation>{n} ст.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="119"/>
        <source>{name}: median {minutes:.1f} min</source>
        <translation>{name}: медиана {minutes:.1f} мин</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="129"/>
        <source>Reading the figures…</source>
        <translation>Читаю данные…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="171"/>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать данные: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="184"/>
        <source>Drawing the chart…</source>
        <translation>Рисую диаграмму…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="247"/>
        <source>%n article(s) done</source>
        <translation>
            <numerusform>%n статья завершена</numerusform>
            <numerusform>%n статьи завершены</numerusform>
            <numerusform>%n статей завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="248"/>
        <source>%n analyst(s)</source>
        <translation>
            <numerusform>%n аналитик</numerusform>
            <numerusform>%n аналитика</numerusform>
            <numerusform>%n аналитиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="249"/>
        <source>%n entity(ies) accepted</source>
        <translation>
            <numerusform>%n сущность принята</numerusform>
            <numerusform>%n сущности приняты</numerusform>
            <numerusform>%n сущностей принято</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Databases</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="34"/>
        <source>Read-only: decisions are not saved</source>
        <translation>Только чтение: решения не сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="46"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="49"/>
        <source>The file is read-only: browse, search and export; decisions are not saved</source>
        <translation>Файл доступен только для чтения: можно просматривать, искать и экспортировать; решения не сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="81"/>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="88"/>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="89"/>
        <source>The file already exists; open it instead.</source>
        <translation>Файл уже существует; откройте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="98"/>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="108"/>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="38"/>
        <source>the file is busy: another program is writing to it</source>
        <translation>файл занят: в него пишет другая программа</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="41"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="42"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="43"/>
        <source>the disk could not be read or written</source>
        <translation>диск не удалось прочитать или записать</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="44"/>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>файл или его папку нельзя открыть для записи</translation>
    </message>
</context>
<context>
    <name>Everywhere</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/everywhere.py" line="93"/>
        <source>«%1»: %n more in this article — %2</source>
        <translation>
            <numerusform>«%1»: ещё %n упоминание в этой статье — %2</numerusform>
            <numerusform>«%1»: ещё %n упоминания в этой статье — %2</numerusform>
            <numerusform>«%1»: ещё %n упоминаний в этой статье — %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/everywhere.py" line="135"/>
        <source>Reject %1 «%2» everywhere</source>
        <translation>Отклонить %1 «%2» везде</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/everywhere.py" line="137"/>
        <source>Tag %1 «%2» everywhere</source>
        <translation>Разметить %1 «%2» везде</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/everywhere.py" line="148"/>
        <source>Accept, relabel or reject a span first</source>
        <translation>Сначала примите, переметьте или отклоните сущность</translation>
    </message>
</context>
<context>
    <name>EverywherePreview</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="149"/>
        <source>Everywhere: %1</source>
        <translation>Везде: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="156"/>
        <source>This &amp;article</source>
        <translation>Эта &amp;статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="157"/>
        <source>&amp;Whole corpus</source>
        <translation>&amp;Весь корпус</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="212"/>
        <source>Apply (Enter)</source>
        <translation>Применить (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="216"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="241"/>
        <source>No other occurrence to change here.</source>
        <translation>Других упоминаний, которые нужно изменить, здесь нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="244"/>
        <source>%1 of %2 places checked. Space checks or unchecks one.</source>
        <translation>Отмечено мест: %1 из %2. Пробел снимает или ставит отметку.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="77"/>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="119"/>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="276"/>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="321"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="86"/>
        <source>Curated articles only (marked done)</source>
        <translation>Только проверенные статьи (готовые)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="88"/>
        <source>All articles, accepted spans</source>
        <translation>Все статьи, принятые сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="154"/>
        <source>Rejected suggestions as negative examples</source>
        <translation>Отклонённые подсказки как отрицательные примеры</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="156"/>
        <source>Only formats that can hold them write them</source>
        <translation>Записываются только в форматы, которые это поддерживают</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="99"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="105"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="111"/>
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="112"/>
        <source>Labels:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="113"/>
        <source>Split:</source>
        <translation>Разбиение:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="114"/>
        <source>Tokens:</source>
        <translation>Токены:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="115"/>
        <source>Destination:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="137"/>
        <source>Stored label</source>
        <translation>Метка в базе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="137"/>
        <source>Written as</source>
        <translation>Записать как</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="160"/>
        <source>Each analyst&apos;s version</source>
        <translation>Версия каждого аналитика</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="164"/>
        <source>Each analyst&apos;s version of an article as a record of its own, with the annotator, instead of the curated result</source>
        <translation>Версия каждого аналитика — отдельной записью, с именем аналитика, вместо итоговой разметки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="172"/>
        <source>Train / dev / test</source>
        <translation>Обучение / проверка / тест</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="175"/>
        <source>Whole articles go to one part; the same seed, the same split</source>
        <translation>Статья целиком попадает в одну часть; то же зерно — то же разбиение</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="198"/>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="210"/>
        <source>Snap spans off token edges to whole tokens</source>
        <translation>Расширять фрагменты не по границам токенов до целых токенов</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="211"/>
        <source>Leave out spans off token edges</source>
        <translation>Пропускать фрагменты не по границам токенов</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="215"/>
        <source>Either way, the report lists every such span</source>
        <translation>В обоих случаях отчёт перечисляет каждый такой фрагмент</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="216"/>
        <source>List razdel tokens in each record</source>
        <translation>Записывать токены razdel в каждую запись</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="231"/>
        <source>A new or empty folder</source>
        <translation>Новая или пустая папка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="231"/>
        <source>A file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="249"/>
        <source>Export to a folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="252"/>
        <source>Export to a file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="259"/>
        <source>Choose where to write.</source>
        <translation>Выберите, куда записать.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="261"/>
        <source>Choose at least one label to write.</source>
        <translation>Выберите хотя бы одну метку для записи.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="265"/>
        <source>%1 cannot be written as “%2”: a label has no spaces.</source>
        <translation>%1 нельзя записать как «%2»: в метке не бывает пробелов.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="270"/>
        <source>Give the split parts some share of the articles.</source>
        <translation>Задайте частям разбиения долю статей.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="321"/>
        <source>Export is not available.</source>
        <translation>Экспорт недоступен.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/razmetka/ui/files.py" line="39"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="32"/>
        <source>Welcome to Razmetka</source>
        <translation>Добро пожаловать в «Разметку»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="36"/>
        <source>Razmetka keeps your work in a database file. Start with the demo corpus (five news articles) to try it, create a new database for your own articles, or open one you have.</source>
        <translation>«Разметка» хранит работу в файле базы данных. Начните с демонстрационного корпуса (пять новостных статей), чтобы попробовать, создайте новую базу для своих статей или откройте имеющуюся.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="46"/>
        <source>Open the &amp;demo corpus</source>
        <translation>Открыть &amp;демонстрационный корпус</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="47"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="48"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="76"/>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/first_run.py" line="81"/>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="120"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="127"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="147"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="149"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="151"/>
        <source>%1, exact characters</source>
        <translation>%1, точно по символам</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="153"/>
        <source>%1: label selection or span</source>
        <translation>%1: метка для выделения или сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="163"/>
        <source>Select text and press a label key to create a span (whole tokens); with Alt, exactly the selected characters. Right-click a span for its menu. In the search box, Enter opens the selected result; once the open article is among the results, Enter and Shift+Enter go to its next and previous hit. Press any key to close.</source>
        <translation>Выделите текст и нажмите клавишу метки, чтобы создать сущность (по целым словам); с Alt — ровно по выделенным символам. Правый щелчок по сущности открывает её меню. В строке поиска Enter открывает выбранный результат; когда открытая статья среди результатов, Enter и Shift+Enter переходят к следующему и предыдущему совпадению в ней. Любая клавиша закрывает эту справку.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="177"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="178"/>
        <source>Span edges</source>
        <translation>Границы сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="179"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="180"/>
        <source>Adjudication</source>
        <translation>Разбор расхождений</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="181"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
</context>
<context>
    <name>HitFinder</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/finding.py" line="60"/>
        <source>Hits in this article: %1</source>
        <translation>Совпадений в статье: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/finding.py" line="89"/>
        <source>Type words to find in the search box (Ctrl+F)</source>
        <translation>Введите слова для поиска в строке поиска (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/finding.py" line="92"/>
        <source>No hits in this article</source>
        <translation>В этой статье совпадений нет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/finding.py" line="103"/>
        <source>Hit %1 of %2</source>
        <translation>Совпадение %1 из %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="26"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="34"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="34"/>
        <source>note</source>
        <translation>замечание</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="38"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="38"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="38"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="38"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="62"/>
        <source>%1 (%2) from %3; %4; %5.</source>
        <translation>%1 (%2) из %3; %4; %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="63"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n статья импортирована</numerusform>
            <numerusform>%n статьи импортированы</numerusform>
            <numerusform>%n статей импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="64"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n сущность</numerusform>
            <numerusform>%n сущности</numerusform>
            <numerusform>%n сущностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="65"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="66"/>
        <source>%n already present</source>
        <translation>
            <numerusform>уже есть: %n</numerusform>
            <numerusform>уже есть: %n</numerusform>
            <numerusform>уже есть: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="67"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <location filename="../../desktop/razmetka/ui/jobs/indicator.py" line="28"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/jobs/indicator.py" line="44"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="42"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="137"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="145"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="153"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="199"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="216"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="51"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="51"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="51"/>
        <source>Hotkey</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="51"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="59"/>
        <source>&amp;Add label</source>
        <translation>&amp;Добавить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="63"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="90"/>
        <source>The file is read-only, so the labels cannot be changed: open a copy you can write to, or ask for write access, to edit them.</source>
        <translation>Файл только для чтения, поэтому метки изменить нельзя: чтобы их править, откройте копию, доступную для записи, или получите право на запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="94"/>
        <source>Changes are saved at once. A hotkey is one key; Alt+key creates a span from exactly the selected characters.</source>
        <translation>Изменения сохраняются сразу. Клавиша метки — одна клавиша; Alt+клавиша создаёт сущность ровно по выделенным символам.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="115"/>
        <source>Double-click to choose a colour</source>
        <translation>Двойной щелчок — выбрать цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="138"/>
        <source>A label name is one word: no spaces, not empty.</source>
        <translation>Имя метки — одно слово: без пробелов и не пустое.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="146"/>
        <source>The key %1 is taken by the window.</source>
        <translation>Клавиша %1 уже занята в окне.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="172"/>
        <source>Label colour</source>
        <translation>Цвет метки</translation>
    </message>
</context>
<context>
    <name>LargeEdits</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/large_edits.py" line="83"/>
        <source>Nothing to change</source>
        <translation>Менять нечего</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/large_edits.py" line="97"/>
        <source>%1: written; the undo history was cleared</source>
        <translation>%1: записано; история отмены очищена</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/large_edits.py" line="108"/>
        <source>Stopped: %1; nothing was changed</source>
        <translation>Остановлено: %1; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/large_edits.py" line="114"/>
        <source>A decision on many articles is being written: wait for it or stop it</source>
        <translation>Решение для многих статей ещё записывается: дождитесь его или остановите</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/razmetka/ui/main_window.py" line="247"/>
        <source>About Razmetka</source>
        <translation>О программе «Разметка»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/main_window.py" line="251"/>
        <source>Razmetka %1
Named-entity annotation of Russian news.

Database: %2 (%3 MB)
Log: %4</source>
        <translation>«Разметка» %1
Разметка именованных сущностей в русских новостях.

База: %2 (%3 МБ)
Журнал: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/app.py" line="90"/>
        <source>The language changes at the next start: an import or export is running.</source>
        <translation>Язык сменится при следующем запуске: идёт импорт или экспорт.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/navigation.py" line="202"/>
        <source>No spans in this article</source>
        <translation>В статье нет сущностей</translation>
    </message>
</context>
<context>
    <name>NormalFormDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/normal_form.py" line="15"/>
        <source>Normal form</source>
        <translation>Нормальная форма</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/normal_form.py" line="17"/>
        <source>Normal form of «%1»:</source>
        <translation>Нормальная форма «%1»:</translation>
    </message>
</context>
<context>
    <name>NormalForms</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/normal_forms.py" line="37"/>
        <source>No span is selected</source>
        <translation>Сущность не выбрана</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/normal_forms.py" line="44"/>
        <source>Normal form of «%1»: %2</source>
        <translation>Нормальная форма «%1»: %2</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="31"/>
        <source>natasha said %1</source>
        <translation>natasha предлагала %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="33"/>
        <source>natasha&apos;s label kept</source>
        <translation>оставлена метка natasha</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="35"/>
        <source>same name tagged %1 earlier: «%2» at %3</source>
        <translation>то же имя выше помечено как %1: «%2», позиция %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/note_words.py" line="42"/>
        <source>learned from %n decision(s) (%1: %2 for, %3 against)</source>
        <translation>
            <numerusform>выучено из %n решения (%1: %2 за, %3 против)</numerusform>
            <numerusform>выучено из %n решений (%1: %2 за, %3 против)</numerusform>
            <numerusform>выучено из %n решений (%1: %2 за, %3 против)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="45"/>
        <source>%1, not clear</source>
        <translation>%1 — недостаточно ясно</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="48"/>
        <source>«%1» left out</source>
        <translation>«%1» исключено</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="48"/>
        <source>«%1» taken in</source>
        <translation>«%1» включено</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/note_words.py" line="53"/>
        <source>bounds learned from the analyst&apos;s corrections: %1</source>
        <translation>границы по правкам аналитика: %1</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="29"/>
        <source>Suggestions pending</source>
        <translation>Остались подсказки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="33"/>
        <source>%n suggestion(s) in this article are still pending; an export leaves out what is not accepted.</source>
        <translation>
            <numerusform>%n подсказка в этой статье ещё не решена; экспорт не включит то, что не принято.</numerusform>
            <numerusform>%n подсказки в этой статье ещё не решены; экспорт не включит то, что не принято.</numerusform>
            <numerusform>%n подсказок в этой статье ещё не решено; экспорт не включит то, что не принято.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="46"/>
        <source>A — accept them all and mark done</source>
        <translation>A — принять все и отметить готовой</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="47"/>
        <source>X — reject them all and mark done</source>
        <translation>X — отклонить все и отметить готовой</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="48"/>
        <source>Esc — go back to the article</source>
        <translation>Esc — вернуться к статье</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="124"/>
        <source>untagged</source>
        <translation>не размечено</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="126"/>
        <source>%1 (other bounds)</source>
        <translation>%1 (другие границы)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="134"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="135"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="136"/>
        <source>Occurrence</source>
        <translation>Упоминание</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="137"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/everywhere_preview.py" line="138"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="157"/>
        <source>Origin: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="177"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="178"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="179"/>
        <source>Normal form</source>
        <translation>Нормальная форма</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="180"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="181"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="75"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="76"/>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="77"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="84"/>
        <source>to do</source>
        <translation>не начата</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="85"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="86"/>
        <source>done</source>
        <translation>готова</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/i18n.py" line="87"/>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
</context>
<context>
    <name>SuggestProcess</name>
    <message>
        <location filename="../../desktop/razmetka/ui/jobs/suggest_process.py" line="148"/>
        <source>Suggesting stopped unexpectedly</source>
        <translation>Подсказки неожиданно остановились</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/jobs/suggest_process.py" line="153"/>
        <source>Suggesting could not start: %1</source>
        <translation>Подсказки не запустились: %1</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/text_view.py" line="448"/>
        <source>Normal form: {0}</source>
        <translation>Нормальная форма: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/text_view.py" line="449"/>
        <source>Origin: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/layout.py" line="112"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="60"/>
        <source>%1: not saved: %2</source>
        <translation>%1: не сохранено: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="64"/>
        <source>The export was stopped; nothing was written.</source>
        <translation>Экспорт остановлен; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="74"/>
        <source>%1 is a file; this export writes a folder.</source>
        <translation>%1 — файл, а этот экспорт записывает папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="75"/>
        <source>%1 is a folder; this export writes a file.</source>
        <translation>%1 — папка, а этот экспорт записывает файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="77"/>
        <source>%1 is a folder with other files in it: choose a new or empty folder (the folder of an earlier export is updated).</source>
        <translation>В папке %1 есть другие файлы: выберите новую или пустую папку (папка прежнего экспорта обновляется).</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="80"/>
        <source>Cannot read %1: the database is damaged. Nothing was written.</source>
        <translation>Не удаётся прочитать %1: база повреждена. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="87"/>
        <source>The label %1 is used by %n span(s): rename it instead.</source>
        <translation>
            <numerusform>Метка %1 стоит у %n сущности: вместо удаления переименуйте её.</numerusform>
            <numerusform>Метка %1 стоит у %n сущностей: вместо удаления переименуйте её.</numerusform>
            <numerusform>Метка %1 стоит у %n сущностей: вместо удаления переименуйте её.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="99"/>
        <source>%1 is not a Razmetka database; it was left as it was.</source>
        <translation>%1 — не база «Разметки»; файл оставлен как был.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="104"/>
        <source>%1 was written by a newer Razmetka (schema %2; this program knows up to %3). Update Razmetka to open it; the file is untouched.</source>
        <translation>%1 записан более новой «Разметкой» (схема %2; эта программа знает схемы до %3). Обновите «Разметку», чтобы открыть его; файл не тронут.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="111"/>
        <source>%1 is read-only and of an older schema (%2): open a writable copy to bring it up to date.</source>
        <translation>%1 доступен только для чтения и имеет старую схему (%2): откройте копию, доступную для записи, чтобы обновить её.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="116"/>
        <source>The label %1 already exists.</source>
        <translation>Метка %1 уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="118"/>
        <source>The key %1 is already used by the label %2.</source>
        <translation>Клавиша %1 уже занята меткой %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="122"/>
        <source>%1 cannot be a label name: a label is one word, with no spaces.</source>
        <translation>%1 не может быть именем метки: метка — одно слово, без пробелов.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="126"/>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation>Цвет %1 записан не в виде #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="129"/>
        <source>A hotkey is a single key.</source>
        <translation>Клавиша метки — одна клавиша.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="136"/>
        <source>Article %1 is not in the database.</source>
        <translation>Статьи %1 нет в базе.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="138"/>
        <source>Article %1 is no longer in the database.</source>
        <translation>Статьи %1 больше нет в базе.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="142"/>
        <source>The article&apos;s status was changed elsewhere; reload it.</source>
        <translation>Статус статьи изменён в другом месте; откройте её заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="146"/>
        <source>The span was changed elsewhere; reload the article.</source>
        <translation>Сущность изменена в другом месте; откройте статью заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="149"/>
        <source>The span no longer exists.</source>
        <translation>Этой сущности больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="150"/>
        <source>A span needs at least one character.</source>
        <translation>В сущности должен быть хотя бы один символ.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="152"/>
        <source>It would overlap the accepted %1 span at %2–%3.</source>
        <translation>Она пересеклась бы с принятой сущностью %1 на %2–%3.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="155"/>
        <source>There is no label %1.</source>
        <translation>Метки %1 нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="157"/>
        <source>The span %1–%2 lies outside the text (length %3).</source>
        <translation>Сущность %1–%2 выходит за пределы текста (длина %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="176"/>
        <source>%1: this format has no place for negative examples; none written</source>
        <translation>%1: в этом формате нет места для отрицательных примеров; они не записаны</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="182"/>
        <source>%1: this format has no place for the annotator; each analyst&apos;s version is a record of its own, without the analyst&apos;s name</source>
        <translation>%1: в этом формате нет места для имени аналитика; версия каждого аналитика — отдельная запись, без имени</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="194"/>
        <source>%1: %2 «%3» is not on token boundaries and holds no token; left out</source>
        <translation>%1: %2 «%3» не по границам токенов и не содержит ни одного токена; пропущена</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="196"/>
        <source>%1: %2 «%3» is not on token boundaries; left out</source>
        <translation>%1: %2 «%3» не по границам токенов; пропущена</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="198"/>
        <source>%1: %2 «%3» is not on token boundaries, and snapping it would overlap the span before; left out</source>
        <translation>%1: %2 «%3» не по границам токенов, а подгонка пересекла бы предыдущую сущность; пропущена</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="201"/>
        <source>%1: %2 «%3» is not on token boundaries; snapped to «%4»</source>
        <translation>%1: %2 «%3» не по границам токенов; подогнана к «%4»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="208"/>
        <source>«%1» is accepted under %n label(s) (%2)</source>
        <translation>
            <numerusform>«%1» принято под %n меткой (%2)</numerusform>
            <numerusform>«%1» принято под %n разными метками (%2)</numerusform>
            <numerusform>«%1» принято под %n разными метками (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="212"/>
        <source>«%1» (%2) is accepted elsewhere but left untagged %n time(s)</source>
        <translation>
            <numerusform>«%1» (%2) принято в других статьях, но не отмечено %n раз</numerusform>
            <numerusform>«%1» (%2) принято в других статьях, но не отмечено %n раза</numerusform>
            <numerusform>«%1» (%2) принято в других статьях, но не отмечено %n раз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="216"/>
        <source>%1 «%2» is also accepted as «%3»: different bounds</source>
        <translation>%1 «%2» принято и как «%3»: разные границы</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="223"/>
        <source>%1 and %2 written to %3</source>
        <translation>%1 и %2 записаны в %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="225"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="226"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n сущность</numerusform>
            <numerusform>%n сущности</numerusform>
            <numerusform>%n сущностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="232"/>
        <source>%n span(s) snapped to token boundaries</source>
        <translation>
            <numerusform>%n сущность подогнана к границам токенов</numerusform>
            <numerusform>%n сущности подогнаны к границам токенов</numerusform>
            <numerusform>%n сущностей подогнано к границам токенов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="235"/>
        <source>%n span(s) left out (not on token boundaries)</source>
        <translation>
            <numerusform>%n сущность пропущена (не по границам токенов)</numerusform>
            <numerusform>%n сущности пропущены (не по границам токенов)</numerusform>
            <numerusform>%n сущностей пропущено (не по границам токенов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="238"/>
        <source>%n negative example(s)</source>
        <translation>
            <numerusform>%n отрицательный пример</numerusform>
            <numerusform>%n отрицательных примера</numerusform>
            <numerusform>%n отрицательных примеров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/wording.py" line="241"/>
        <source>split: %1</source>
        <translation>разбиение: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" line="244"/>
        <source>%n problem(s) in all</source>
        <translation>
            <numerusform>всего %n проблема</numerusform>
            <numerusform>всего %n проблемы</numerusform>
            <numerusform>всего %n проблем</numerusform>
        </translation>
    </message>
</context>
</TS>
