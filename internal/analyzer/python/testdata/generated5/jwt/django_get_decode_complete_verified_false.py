# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=get shape=decode_complete_verified expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00221(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    token = jwt.decode_complete(bar, JWT_KEY, algorithms=["HS512"])
    result = token["payload"].get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00221/", benchmark_test_00221),
]
