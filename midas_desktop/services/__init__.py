"""Use cases of the post (record a crossing, scan overstays, statistics, users), each checking the role."""
