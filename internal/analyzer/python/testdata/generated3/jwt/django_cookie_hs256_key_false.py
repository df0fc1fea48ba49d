# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=cookie variant=hs256_key expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00634(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00634/", benchmark_test_00634),
]
