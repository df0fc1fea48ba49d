# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=meta shape=objectify_unsafe_parser expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import objectify


def benchmark_test_00283(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    parser = objectify.makeparser(resolve_entities=True)
    root = objectify.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00283/", benchmark_test_00283),
]
