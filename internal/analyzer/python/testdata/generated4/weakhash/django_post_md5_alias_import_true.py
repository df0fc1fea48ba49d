# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=django source=post shape=md5_alias_import sink=config expected=true
from django.http import JsonResponse
from django.urls import path
from hashlib import md5 as digest


def benchmark_test_00552(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = digest(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00552/", benchmark_test_00552),
]
