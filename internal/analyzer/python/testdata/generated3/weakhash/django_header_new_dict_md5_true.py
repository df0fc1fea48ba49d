# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=header variant=new_dict_md5 expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path

HASH_ALGORITHMS = {"legacy": "md5", "current": "sha256"}


def benchmark_test_00657(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    algorithm = HASH_ALGORITHMS["legacy"]
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00657/", benchmark_test_00657),
]
