# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta shape=pop_by_input expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00441(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    request.session.pop(bar, None)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00441/", benchmark_test_00441),
]
