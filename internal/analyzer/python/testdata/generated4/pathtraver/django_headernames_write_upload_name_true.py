# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=headernames shape=write_upload_name sink=specific expected=true
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00403(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    with open(BASE_DIR + bar, "w") as fh:  # want: PY-PATH-TRAVERSAL
        fh.write("uploaded")
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00403/", benchmark_test_00403),
]
