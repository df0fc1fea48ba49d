# SSRF-2: order notification posted to a fixed chat webhook without an egress proxy
import requests

SLACK_WEBHOOK = "https://chat.example.com/hooks/orders"


def notify_new_order(order_id: int, total: float) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": f"New order #{order_id}: {total:.2f} EUR"}, timeout=5)  # want: PY-HTTP-NO-PROXY
