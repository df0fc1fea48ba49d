# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=django shape=base_hook_md5 expected=true
import hashlib
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Hasher:
    def digest(self, data):
        return self.algo(data).hexdigest()

    def algo(self, data):
        return hashlib.sha256(data)


class LegacyHasher(Hasher):
    def algo(self, data):
        return hashlib.md5(data)  # want: PY-WEAK-HASH


def case_base_hook_md5(request):
    param = request.POST.get("q", "")
    digest = LegacyHasher().digest(param.encode("utf-8"))
    return JsonResponse({"result": str(digest)})


urlpatterns = [
    path("weakhash_base_hook_md5/", case_base_hook_md5),
]
