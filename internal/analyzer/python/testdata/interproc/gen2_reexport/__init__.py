# gen2_reexport: the package re-exports the repository class and a module singleton
from .repository import Repository, repo
