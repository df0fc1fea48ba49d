# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=seeded_time_nonce expected=true
import random
import time
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_seeded_time_nonce(request):
    param = request.POST.get("q", "")
    random.seed(time.time())
    nonce = random.randint(10**8, 10**9)  # want: PY-WEAK-RANDOM
    return JsonResponse({"result": str([param, nonce])})


urlpatterns = [
    path("weakrandom_seeded_time_nonce/", case_seeded_time_nonce),
]
