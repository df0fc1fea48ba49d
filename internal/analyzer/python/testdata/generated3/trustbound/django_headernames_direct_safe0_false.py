# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=headernames propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00577(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00577/", benchmark_test_00577),
]
