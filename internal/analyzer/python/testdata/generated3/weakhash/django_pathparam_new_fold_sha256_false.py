# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=pathparam variant=new_fold_sha256 expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00669(request, test_id):
    param = test_id
    bar = param
    algorithm = "sha256" if (7 * 18) + 106 > 200 else "md5"
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00669/<str:test_id>/", benchmark_test_00669),
]
