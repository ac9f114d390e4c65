<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeleteVmDialog</name>
    <message numerus="yes">
        <source>Remove the &amp;metadata of %n snapshot(s) and checkpoint(s)</source>
        <translation>
            <numerusform>Remove the &amp;metadata of %n snapshot and checkpoint</numerusform>
            <numerusform>Remove the &amp;metadata of %n snapshots and checkpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message numerus="yes">
        <source>%n lease(s)</source>
        <translation>
            <numerusform>%n lease</numerusform>
            <numerusform>%n leases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) running: {vcpus}; memory {memory}.</source>
        <translation>
            <numerusform>%n VM running: {vcpus}; memory {memory}.</numerusform>
            <numerusform>%n VMs running: {vcpus}; memory {memory}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolDeletionDialog</name>
    <message numerus="yes">
        <source>It holds %n volume(s).</source>
        <translation>
            <numerusform>It holds %n volume.</numerusform>
            <numerusform>It holds %n volumes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotsPage</name>
    <message numerus="yes">
        <source>%n snapshot(s); the current one (in bold) is {name}.</source>
        <translation>
            <numerusform>%n snapshot; the current one (in bold) is {name}.</numerusform>
            <numerusform>%n snapshots; the current one (in bold) is {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s); none is current.</source>
        <translation>
            <numerusform>%n snapshot; none is current.</numerusform>
            <numerusform>%n snapshots; none is current.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayConnectionMenu</name>
    <message numerus="yes">
        <source>%n more VM(s) in the manager…</source>
        <translation>
            <numerusform>%n more VM in the manager…</numerusform>
            <numerusform>%n more VMs in the manager…</numerusform>
        </translation>
    </message>
</context>
</TS>