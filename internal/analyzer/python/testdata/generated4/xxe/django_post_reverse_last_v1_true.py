# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=post shape=reverse_last sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00108(request):
    param = request.POST.get("BenchmarkTest", "")
    items = [param, "safe"]
    items.reverse()
    bar = items[-1]
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00108/", benchmark_test_00108),
]
