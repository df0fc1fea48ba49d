# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=post shape=urlopen sink=specific expected=true
import urllib.request

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00470(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    with urllib.request.urlopen(bar, timeout=5) as fh:  # want: PY-SSRF, PY-HTTP-NO-PROXY
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00470/", benchmark_test_00470),
]
