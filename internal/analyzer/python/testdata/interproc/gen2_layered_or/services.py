# gen2_layered_or: service with an optional injected repository
from .repository import Repo


class UserService:
    def __init__(self, repo=None):
        self.repo = repo or Repo()

    def search(self, term):
        return self.repo.find_by_name(term)
