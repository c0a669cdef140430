"""The parts the main window is assembled from: actions and menus, navigation, annotation,
the saved position, other processes' writes, databases, background work."""
