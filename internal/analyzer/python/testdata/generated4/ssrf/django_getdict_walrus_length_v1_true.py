# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=getdict shape=walrus_length sink=v1 expected=true
import requests

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00191(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    if (n := len(param)) > 256:
        return HttpResponseBadRequest("invalid")
    bar = param
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00191/", benchmark_test_00191),
]
