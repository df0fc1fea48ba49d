# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=headernames shape=iterparse_resolve_true expected=true
import io

from django.http import JsonResponse
from django.urls import path
from lxml import etree

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00282(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    events = etree.iterparse(io.BytesIO(bar.encode("utf-8")), resolve_entities=True, load_dtd=True)  # want: PY-XXE
    result = sum(1 for _ in events)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00282/", benchmark_test_00282),
]
