# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=paramnames shape=passlib_pbkdf2 expected=false
from django.http import JsonResponse
from django.urls import path
from passlib.hash import pbkdf2_sha256


def benchmark_test_00100(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    password = bar
    hashed = pbkdf2_sha256.hash(password)
    result = len(hashed)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00100/", benchmark_test_00100),
]
