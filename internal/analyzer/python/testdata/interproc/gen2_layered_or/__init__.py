# gen2_layered_or: per-request service whose repository comes from `repo or Repo()`
