# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=getlist propagation=switch_char_safe sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00407(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00407/", benchmark_test_00407),
]
