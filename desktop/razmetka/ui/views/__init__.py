"""The window's views: the text, the span table, the article list, the legend, the help overlay,
and the open article's span index they all show."""
