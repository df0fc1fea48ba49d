# gen2_layered_plain: like gen2_layered but the service builds its repository with Repo() (no `repo or Repo()`)
