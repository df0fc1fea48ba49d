# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=get shape=bcrypt_password expected=false
import bcrypt

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00096(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    password = bar
    hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
    result = len(hashed)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00096/", benchmark_test_00096),
]
