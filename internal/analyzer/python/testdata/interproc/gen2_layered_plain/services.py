# gen2_layered_plain: service
from .repository import Repo


class UserService:
    def __init__(self):
        self.repo = Repo()

    def search(self, term):
        return self.repo.find_by_name(term)
