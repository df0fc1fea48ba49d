# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=pathparam propagation=try_int_fallback sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00443(request, test_id):
    param = test_id
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00443/<str:test_id>/", benchmark_test_00443),
]
