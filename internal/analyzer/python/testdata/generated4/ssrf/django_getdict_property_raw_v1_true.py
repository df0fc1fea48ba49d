# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=getdict shape=property_raw sink=v1 expected=true
import re
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def safe(self):
        return re.sub(r"[^A-Za-z0-9]", "", self._raw)


def benchmark_test_00031(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Wrapper(param).raw
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00031/", benchmark_test_00031),
]
