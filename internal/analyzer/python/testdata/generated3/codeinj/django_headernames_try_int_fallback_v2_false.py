# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=headernames propagation=try_int_fallback sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00150(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00150/", benchmark_test_00150),
]
