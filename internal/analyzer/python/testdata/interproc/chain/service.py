# interproc/chain: service builds SQL fragments from its arguments and delegates to the repository (relative import)
from .repository import OrderRepository


class OrderService:
    def __init__(self):
        self.repo = OrderRepository("dbname=shop host=db")

    def search(self, reference):
        return self.repo.find_where(f"reference = '{reference}'")

    def for_customer(self, customer_id):
        return self.repo.find_by_customer(int(customer_id))
