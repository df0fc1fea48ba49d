# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=body shape=chainmap_first_wins sink=v1 expected=false
import collections
import json
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00225(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = collections.ChainMap({"term": "all"}, {"term": param})["term"]
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00225/", benchmark_test_00225),
]
