# generated case: rule=PY-SSRF source=djmeta propagation=direct sink=host_prefix_slash expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    resp = requests.get("https://api.example.com/" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
