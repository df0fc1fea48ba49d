# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=headernames propagation=direct sink=safe0 expected=false
import ast

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00132(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = ast.literal_eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00132/", benchmark_test_00132),
]
