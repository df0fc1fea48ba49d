# gen2_reexport_class: the package re-exports the repository class only
from .repository import Repository
