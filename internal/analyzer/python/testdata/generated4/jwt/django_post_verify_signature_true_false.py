# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=post shape=verify_signature_true sink=config expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00600(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": True})
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00600/", benchmark_test_00600),
]
