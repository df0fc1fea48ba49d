# gen2_layered: service layer; sort columns go through an allow-list, ids through int()
from .repository import Repo

SORT_COLUMNS = {"name": "name", "newest": "created_at"}


class UserService:
    def __init__(self, repo=None):
        self.repo = repo or Repo()

    def search(self, term):
        return self.repo.find_by_name(term.strip())

    def get(self, raw_id):
        return self.repo.find_by_id(int(raw_id))

    def listing(self, sort):
        return self.repo.sorted_users(SORT_COLUMNS.get(sort, "name"))

    def lookup_email(self, email):
        return self.repo.by_email(email)
