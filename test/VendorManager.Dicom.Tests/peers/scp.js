// An independent SCP for VendorManager.Dicom.Tests: dcmjs-dimse answers C-ECHO and a Study Root
// C-FIND with one pending match, so our client is proven against a non-DCMTK implementation.
// Usage: node scp.js PORT  (prints "listening" once the server is bound)
'use strict';
const dimse = require('dcmjs-dimse');
const { Dataset, Server, Scp } = dimse;
dimse.log.setLevel('warn'); // keep the fixture's output to problems only
const { CEchoResponse, CFindResponse } = dimse.responses;
const { Status, PresentationContextResult, TransferSyntax, SopClass } = dimse.constants;

class TestScp extends Scp {
  associationRequested(association) {
    this.association = association;
    for (const c of association.getPresentationContexts()) {
      const context = association.getPresentationContext(c.id);
      const abstract = context.getAbstractSyntaxUid();
      if (abstract !== SopClass.Verification &&
          abstract !== SopClass.StudyRootQueryRetrieveInformationModelFind) {
        context.setResult(PresentationContextResult.RejectAbstractSyntaxNotSupported);
        continue;
      }
      const offered = context.getTransferSyntaxUids();
      const pick = [TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian]
        .find((ts) => offered.includes(ts));
      if (pick) context.setResult(PresentationContextResult.Accept, pick);
      else context.setResult(PresentationContextResult.RejectTransferSyntaxesNotSupported);
    }
    this.sendAssociationAccept();
  }

  cEchoRequest(request, callback) {
    const response = CEchoResponse.fromRequest(request);
    response.setStatus(Status.Success);
    callback(response);
  }

  cFindRequest(request, callback) {
    const pending = CFindResponse.fromRequest(request);
    pending.setDataset(new Dataset({
      QueryRetrieveLevel: 'STUDY',
      PatientID: 'DCMJS01',
      PatientName: 'DCMJS^PEER',
      StudyInstanceUID: '1.2.826.0.1.3680043.10.854.1',
      StudyDate: '20240102',
    }));
    pending.setStatus(Status.Pending);
    const final = CFindResponse.fromRequest(request);
    final.setStatus(Status.Success);
    callback([pending, final]);
  }

  associationReleaseRequested() {
    this.sendAssociationReleaseResponse();
  }
}

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node scp.js PORT');
  process.exit(2);
}
const server = new Server(TestScp);
server.on('networkError', (e) => console.error('network error:', e && e.message));
server.listen(port);
console.log('listening ' + port);
const stop = () => { server.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
