# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=post shape=ip_address_in_shell sink=specific expected=false
import ipaddress
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00482(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = os.system("ping -c 1 " + str(ipaddress.ip_address(bar)))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00482/", benchmark_test_00482),
]
