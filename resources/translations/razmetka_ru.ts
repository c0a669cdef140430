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
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="82"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="83"/>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Следующая подсказка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="84"/>
        <source>&amp;Previous suggestion</source>
        <translation>&amp;Предыдущая подсказка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="85"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="86"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="87"/>
        <source>&amp;Delete span</source>
        <translation>&amp;Удалить сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="88"/>
        <source>Grow at the start</source>
        <translation>Расширить в начале</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="89"/>
        <source>Grow at the end</source>
        <translation>Расширить в конце</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="90"/>
        <source>Shrink at the start</source>
        <translation>Сузить в начале</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="91"/>
        <source>Shrink at the end</source>
        <translation>Сузить в конце</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="92"/>
        <source>Accept &amp;all suggestions</source>
        <translation>Принять &amp;все подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="93"/>
        <source>Span &amp;menu</source>
        <translation>&amp;Меню сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="94"/>
        <source>&amp;Done, next article</source>
        <translation>&amp;Готово, следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="95"/>
        <source>&amp;Skip article</source>
        <translation>П&amp;ропустить статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="96"/>
        <source>&amp;Reopen article</source>
        <translation>Вернуть статью в &amp;работу</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="97"/>
        <source>Ne&amp;xt article</source>
        <translation>С&amp;ледующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="98"/>
        <source>Pre&amp;vious article</source>
        <translation>Пре&amp;дыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="99"/>
        <source>Suggest entities in this article</source>
        <translation>Подсказать сущности в этой статье</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="100"/>
        <source>Suggest entities in new articles</source>
        <translation>Подсказать сущности в новых статьях</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="101"/>
        <source>S&amp;top suggesting</source>
        <translation>&amp;Остановить подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="102"/>
        <source>Show &amp;rejected</source>
        <translation>Показывать &amp;отклонённые</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="103"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Сводка…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="104"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиатурные сокращения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="105"/>
        <source>&amp;About Razmetka</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="135"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="136"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="152"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="157"/>
        <source>&amp;Span</source>
        <translation>&amp;Сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="159"/>
        <source>&amp;Label</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="162"/>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="165"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="168"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="174"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="191"/>
        <source>Create from exact characters</source>
        <translation>Создать точно по символам</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="234"/>
        <source>Create span</source>
        <translation>Создать сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/actions.py" line="241"/>
        <source>Change label</source>
        <translation>Сменить метку</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="98"/>
        <source>Nothing to change</source>
        <translation>Менять нечего</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="128"/>
        <source>«%1» would overlap the accepted %2 «%3»: shrink or reject that one first</source>
        <translation>«%1» пересекается с принятой сущностью %2 «%3»: сначала сократите или отклоните её</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="197"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="208"/>
        <source>No span is selected</source>
        <translation>Сущность не выбрана</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="218"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="222"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="226"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="269"/>
        <source>Label as %1</source>
        <translation>Метка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="286"/>
        <source>The selection holds no text</source>
        <translation>В выделении нет текста</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="291"/>
        <source>Create %1 «%2»</source>
        <translation>Создать %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="321"/>
        <source>The span cannot change that way</source>
        <translation>Так изменить сущность нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="327"/>
        <source>Resize %1 to «%2»</source>
        <translation>Границы %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="339"/>
        <source>Accept all suggestions</source>
        <translation>Принять все подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="368"/>
        <source>Mark done: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="376"/>
        <source>Every article is done</source>
        <translation>Все статьи готовы</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="390"/>
        <source>Accept all and mark done: %1</source>
        <translation>Принять все и отметить готовой: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="392"/>
        <source>Reject all and mark done: %1</source>
        <translation>Отклонить все и отметить готовой: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="401"/>
        <source>Skip: %1</source>
        <translation>Пропустить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/annotation.py" line="408"/>
        <source>Reopen: %1</source>
        <translation>Вернуть в работу: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/razmetka/ui/app.py" line="156"/>
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
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="301"/>
        <source>Not suggested yet: natasha has not been over this article</source>
        <translation>Подсказок ещё нет: natasha ещё не просмотрела эту статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="311"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="312"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="313"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="314"/>
        <source>Pending</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="315"/>
        <source>Accepted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="319"/>
        <source>Pending suggestions</source>
        <translation>Ожидают решения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_model.py" line="319"/>
        <source>Accepted spans</source>
        <translation>Принятые сущности</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="109"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="65"/>
        <source>Search titles and text…</source>
        <translation>Поиск по заголовкам и тексту…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="68"/>
        <source>Words of the title or text (the last may be unfinished); LABEL:name for articles with that entity; date:2026-01 or date:2026-01-01..2026-01-31. Enter opens the selected result.</source>
        <translation>Слова заголовка или текста (последнее можно не дописывать); МЕТКА:имя — статьи с такой сущностью; date:2026-01 или date:2026-01-01..2026-01-31. Enter открывает выбранный результат.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="114"/>
        <source>Pending</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="116"/>
        <source>Only articles with suggestions still to decide</source>
        <translation>Только статьи с нерешёнными подсказками</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="168"/>
        <source>All labels</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/article_list.py" line="178"/>
        <source>Done: %1 of %2</source>
        <translation>Готово: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="56"/>
        <source>Suggesting</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="82"/>
        <source>Stopping suggestions…</source>
        <translation>Подсказки останавливаются…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="96"/>
        <source>Suggestions: %1 new in %2</source>
        <translation>Подсказки: %1 новых в %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/background.py" line="98"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статье</numerusform>
            <numerusform>%n статьях</numerusform>
            <numerusform>%n статьях</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="101"/>
        <source>(cancelled)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="109"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="111"/>
        <source>Articles and annotations</source>
        <translation>Статьи и разметка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="118"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="125"/>
        <source>Not saved: the file is read-only</source>
        <translation>Не сохранено: файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="129"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="153"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/background.py" line="163"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="56"/>
        <source>Dashboard: the team&apos;s progress</source>
        <translation>Сводка: как идёт работа команды</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="75"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="87"/>
        <source>Articles done per day</source>
        <translation>Статьи, завершённые по дням</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="88"/>
        <source>Entities per label</source>
        <translation>Сущности по меткам</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="89"/>
        <source>What became of the suggestions</source>
        <translation>Что стало с подсказками</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="90"/>
        <source>Time spent per article</source>
        <translation>Время на статью</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="91"/>
        <source>Agreement per label (strict span F1)</source>
        <translation>Согласие по меткам (строгая F1 по сущностям)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="92"/>
        <source>Nothing yet</source>
        <translation>Пока ничего нет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="93"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="94"/>
        <source>articles</source>
        <translation>статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="95"/>
        <source>accepted spans</source>
        <translation>принятые сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="96"/>
        <source>suggestions</source>
        <translation>подсказки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="97"/>
        <source>minutes per article (pauses over 5 min cut)</source>
        <translation>минут на статью (паузы дольше 5 мин не считаются)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="98"/>
        <source>strict F1</source>
        <translation>строгая F1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="99"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="100"/>
        <source>accepted</source>
        <translation>приняты</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="101"/>
        <source>corrected</source>
        <translation>исправлены</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="102"/>
        <source>rejected</source>
        <translation>отклонены</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="103"/>
        <source>pending</source>
        <translation>ожидают</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="104"/>
        <source>agreement needs two analysts&apos; versions</source>
        <translation>для согласия нужны версии двух аналитиков</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="105"/>
        <source>{n} art.</source>
        <translation>{n} ст.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="106"/>
        <source>{name}: median {minutes:.1f} min</source>
        <translation>{name}: медиана {minutes:.1f} мин</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="116"/>
        <source>Reading the figures…</source>
        <translation>Читаю данные…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="139"/>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать данные: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="152"/>
        <source>Drawing the chart…</source>
        <translation>Рисую диаграмму…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="205"/>
        <source>%n article(s) done</source>
        <translation>
            <numerusform>%n статья завершена</numerusform>
            <numerusform>%n статьи завершены</numerusform>
            <numerusform>%n статей завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="206"/>
        <source>%n analyst(s)</source>
        <translation>
            <numerusform>%n аналитик</numerusform>
            <numerusform>%n аналитика</numerusform>
            <numerusform>%n аналитиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="207"/>
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
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="79"/>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="86"/>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="87"/>
        <source>The file already exists; open it instead.</source>
        <translation>Файл уже существует; откройте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="94"/>
        <location filename="../../desktop/razmetka/ui/window/databases.py" line="104"/>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/commands.py" line="37"/>
        <source>the file is busy: another program is writing to it</source>
        <translation>файл занят: в него пишет другая программа</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/commands.py" line="40"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/commands.py" line="41"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/commands.py" line="42"/>
        <source>the disk could not be read or written</source>
        <translation>диск не удалось прочитать или записать</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/window/commands.py" line="43"/>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>файл или его папку нельзя открыть для записи</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="77"/>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="120"/>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="259"/>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="303"/>
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
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="92"/>
        <source>Rejected suggestions as negative examples</source>
        <translation>Отклонённые подсказки как отрицательные примеры</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="94"/>
        <source>Only formats that can hold them write them</source>
        <translation>Записываются только в форматы, которые это поддерживают</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="101"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="107"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="112"/>
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="113"/>
        <source>Labels:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="114"/>
        <source>Split:</source>
        <translation>Разбиение:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="115"/>
        <source>Tokens:</source>
        <translation>Токены:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="116"/>
        <source>Destination:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="138"/>
        <source>Stored label</source>
        <translation>Метка в базе</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="138"/>
        <source>Written as</source>
        <translation>Записать как</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="155"/>
        <source>Train / dev / test</source>
        <translation>Обучение / проверка / тест</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="158"/>
        <source>Whole articles go to one part; the same seed, the same split</source>
        <translation>Статья целиком попадает в одну часть; то же зерно — то же разбиение</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="181"/>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="193"/>
        <source>Snap spans off token edges to whole tokens</source>
        <translation>Расширять фрагменты не по границам токенов до целых токенов</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="194"/>
        <source>Leave out spans off token edges</source>
        <translation>Пропускать фрагменты не по границам токенов</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="198"/>
        <source>Either way, the report lists every such span</source>
        <translation>В обоих случаях отчёт перечисляет каждый такой фрагмент</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="199"/>
        <source>List razdel tokens in each record</source>
        <translation>Записывать токены razdel в каждую запись</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="214"/>
        <source>A new or empty folder</source>
        <translation>Новая или пустая папка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="214"/>
        <source>A file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="232"/>
        <source>Export to a folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="235"/>
        <source>Export to a file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="242"/>
        <source>Choose where to write.</source>
        <translation>Выберите, куда записать.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="244"/>
        <source>Choose at least one label to write.</source>
        <translation>Выберите хотя бы одну метку для записи.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="248"/>
        <source>%1 cannot be written as “%2”: a label has no spaces.</source>
        <translation>%1 нельзя записать как «%2»: в метке не бывает пробелов.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="253"/>
        <source>Give the split parts some share of the articles.</source>
        <translation>Задайте частям разбиения долю статей.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/export_dialog.py" line="303"/>
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
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="100"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="120"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="122"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="124"/>
        <source>%1, exact characters</source>
        <translation>%1, точно по символам</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="126"/>
        <source>%1: label selection or span</source>
        <translation>%1: метка для выделения или сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="136"/>
        <source>Select text and press a label key to create a span (whole tokens); with Alt, exactly the selected characters. Right-click a span for its menu. Press any key to close.</source>
        <translation>Выделите текст и нажмите клавишу метки, чтобы создать сущность (по целым словам); с Alt — ровно по выделенным символам. Правый щелчок по сущности открывает её меню. Любая клавиша закрывает эту справку.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="148"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="149"/>
        <source>Span edges</source>
        <translation>Границы сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="150"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/help_overlay.py" line="151"/>
        <source>General</source>
        <translation>Общее</translation>
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
        <location filename="../../desktop/razmetka/ui/jobs/indicator.py" line="27"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/jobs/indicator.py" line="41"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="41"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="122"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="130"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="138"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="180"/>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="197"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="49"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="49"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="49"/>
        <source>Hotkey</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="49"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="57"/>
        <source>&amp;Add label</source>
        <translation>&amp;Добавить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="61"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="63"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="67"/>
        <source>Changes are saved at once. A hotkey is one key; Alt+key creates a span from exactly the selected characters.</source>
        <translation>Изменения сохраняются сразу. Клавиша метки — одна клавиша; Alt+клавиша создаёт сущность ровно по выделенным символам.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="103"/>
        <source>Double-click to choose a colour</source>
        <translation>Двойной щелчок — выбрать цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="123"/>
        <source>A label name is one word: no spaces, not empty.</source>
        <translation>Имя метки — одно слово: без пробелов и не пустое.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="131"/>
        <source>The key %1 is taken by the window.</source>
        <translation>Клавиша %1 уже занята в окне.</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/dialogs/label_editor.py" line="157"/>
        <source>Label colour</source>
        <translation>Цвет метки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/razmetka/ui/main_window.py" line="199"/>
        <source>About Razmetka</source>
        <translation>О программе «Разметка»</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/main_window.py" line="203"/>
        <source>Razmetka %1
Named-entity annotation of Russian news.

Database: %2 (%3 MB)
Log: %4</source>
        <translation>«Разметка» %1
Разметка именованных сущностей в русских новостях.

База: %2 (%3 МБ)
Журнал: %4</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/navigation.py" line="201"/>
        <source>No spans in this article</source>
        <translation>В статье нет сущностей</translation>
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
    <name>SpanTableModel</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="157"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="158"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="159"/>
        <source>Normal form</source>
        <translation>Нормальная форма</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="160"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/span_table.py" line="161"/>
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
        <location filename="../../desktop/razmetka/ui/jobs/suggest_process.py" line="129"/>
        <source>Suggesting stopped unexpectedly</source>
        <translation>Подсказки неожиданно остановились</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/jobs/suggest_process.py" line="134"/>
        <source>Suggesting could not start: %1</source>
        <translation>Подсказки не запустились: %1</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../desktop/razmetka/ui/views/text_view.py" line="380"/>
        <source>Normal form: {0}</source>
        <translation>Нормальная форма: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/razmetka/ui/views/text_view.py" line="381"/>
        <source>Origin: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../desktop/razmetka/ui/window/layout.py" line="70"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>dialog</name>
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
    <name>old</name>
    <message>
        <location filename="../../desktop/razmetka/ui/app.py" line="71"/>
        <source>The language changes at the next start: an import or export is running.</source>
        <translation>Язык сменится при следующем запуске: идёт импорт или экспорт.</translation>
    </message>
</context>
</TS>
