# generated case: rule=PY-SSRF source=djmeta propagation=nesteddict_other sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.META.get("HTTP_X_P", "")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
