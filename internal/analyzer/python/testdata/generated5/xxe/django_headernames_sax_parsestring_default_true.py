# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=headernames shape=sax_parsestring_default expected=true
import xml.sax

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00300(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    handler = xml.sax.ContentHandler()
    xml.sax.parseString(bar.encode("utf-8"), handler)  # want: PY-XXE
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00300/", benchmark_test_00300),
]
