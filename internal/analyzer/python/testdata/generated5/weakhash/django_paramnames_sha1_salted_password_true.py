# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=paramnames shape=sha1_salted_password expected=true
import hashlib
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00064(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    password = bar
    salt = os.urandom(8).hex()
    digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
    result = len(salt + "$" + digest)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00064/", benchmark_test_00064),
]
