# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=querystring variant=fernet expected=false
import urllib.parse

from cryptography.fernet import Fernet
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00698(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    f = Fernet(Fernet.generate_key())
    result = f.encrypt(bar.encode("utf-8")).decode("ascii")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00698/", benchmark_test_00698),
]
