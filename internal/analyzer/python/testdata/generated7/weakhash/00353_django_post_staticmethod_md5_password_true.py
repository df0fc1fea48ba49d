# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=post shape=staticmethod_md5_password sink=specific expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path


class PasswordStore:
    @staticmethod
    def digest(password):
        return hashlib.md5(password.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH


def case_00353(request):
    param = request.POST.get("q", "")
    bar = param
    stored = PasswordStore.digest(bar)
    result = len(stored)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00353/", case_00353),
]
