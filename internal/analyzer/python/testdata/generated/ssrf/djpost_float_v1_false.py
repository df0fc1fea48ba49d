# generated case: rule=PY-SSRF source=djpost propagation=float sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.POST["p"]
    bar = str(float(param))
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
