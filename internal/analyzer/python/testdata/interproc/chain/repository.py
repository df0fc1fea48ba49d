# interproc/chain: repository executes the where-clause it is given; tainted via service.OrderService.search
import psycopg2


class OrderRepository:
    def __init__(self, dsn):
        self.dsn = dsn

    def find_where(self, where_clause):
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute("SELECT id, total FROM orders WHERE " + where_clause)  # want: PY-SQLI
            return cur.fetchall()

    def find_by_customer(self, customer_id):
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute("SELECT id, total FROM orders WHERE customer_id = %s", (customer_id,))
            return cur.fetchall()
