# generated case: rule=PY-SSRF source=djpost propagation=helper_kwarg sink=v1 expected=true
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def do_something(value=None):
    return value


def handle_ssrf(request):
    param = request.POST["p"]
    bar = do_something(value=param)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
