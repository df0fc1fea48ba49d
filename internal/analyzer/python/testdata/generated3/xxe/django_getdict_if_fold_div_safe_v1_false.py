# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=getdict propagation=if_fold_div_safe sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00413(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00413/", benchmark_test_00413),
]
