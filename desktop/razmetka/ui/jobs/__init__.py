"""Background work: jobs on worker threads, their runner and its status-bar indicator."""
