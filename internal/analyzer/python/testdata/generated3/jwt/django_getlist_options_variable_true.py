# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=getlist variant=options_variable expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00771(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    opts = {"verify_signature": False, "verify_exp": True}
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00771/", benchmark_test_00771),
]
